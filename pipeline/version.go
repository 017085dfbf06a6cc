package pipeline

import (
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"hash"
	"io/fs"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/pos"
)

// ExtractorCodeVersion is raised by hand with any change to the
// extraction code that may change what it reads (a rule, a feature, a
// field of the output). The probe below catches most such changes by
// itself; the constant is for those it cannot see.
// 2: polarity_by (statements stored by 1 lack it); 3: the assembly,
// speaker and polarity-scope rules of 2026-12-06; 4: the speaker typing
// and description link keys of s8-speakers (2026-12-07); 5: session 9's
// polarity, act frames, content ends, mentions and antecedents; 6:
// session 10's learned statement filter, quotations over paragraphs,
// full names for "Mr X", asides, impersonal passives, cue lemmas.
const ExtractorCodeVersion = "6"

// versionProbe is a short invented news text the extractor reads to
// fingerprint itself: it exercises the attribution models (which extract
// embeds privately), the speaker, frame and dating rules.
//
//go:embed version_probe.txt
var versionProbe string

var versions sync.Map // *extract.Extractor → string

// ExtractorVersion names what x reads, for a store to record with each
// article's statements (claimtrail.ArticleInput.ExtractorVersion), so that
// `claimtrail reextract` finds the articles an upgrade left stale:
// "<ExtractorCodeVersion>-<16 hex digits>", the digits the start of a
// SHA-256 over every embedded language table (lang.Data), the POS and
// entity models (pos.ModelData), and the statements x extracts from an
// embedded probe text. It is deterministic (the same binary and options
// give the same version on every machine) and cheap: about 12 MB hashed
// and one short document extracted (about 25 ms), once per Extractor.
func ExtractorVersion(x *extract.Extractor) string {
	if v, ok := versions.Load(x); ok {
		return v.(string)
	}
	h := sha256.New()
	hashFiles(h, lang.Data())
	for _, b := range pos.ModelData() {
		hashBytes(h, "pos", b)
	}
	doc := &claimtrail.Document{ID: "probe", Text: versionProbe, Published: time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)}
	enc := json.NewEncoder(h)
	for _, st := range x.Extract(doc) {
		enc.Encode(st) // a Statement always encodes
	}
	v := ExtractorCodeVersion + "-" + hex.EncodeToString(h.Sum(nil))[:16]
	versions.Store(x, v)
	return v
}

// hashFiles writes every file of fsys into h, each as its path, a NUL,
// its length and its bytes, in the lexical order fs.WalkDir keeps.
func hashFiles(h hash.Hash, fsys fs.FS) {
	fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return nil
		}
		hashBytes(h, path, b)
		return nil
	})
}

// hashBytes writes name, a NUL, the length of b and b into h.
func hashBytes(h hash.Hash, name string, b []byte) {
	h.Write([]byte(name))
	h.Write([]byte{0})
	h.Write(binary.LittleEndian.AppendUint64(nil, uint64(len(b))))
	h.Write(b)
}
