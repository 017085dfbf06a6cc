package wngen

import (
	"fmt"
	"strconv"
	"strings"
)

// readData reads a data.* file's synsets in file (offset) order and its
// licence header.
func readData(path, pos string) ([]*synset, []byte, error) {
	var out []*synset
	err := eachLine(path, func(line string) error {
		s, err := parseSynset(line, pos)
		if err != nil {
			return err
		}
		out = append(out, s)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	lic, err := licenseOf(path)
	return out, lic, err
}

// parseSynset reads "offset lex_filenum ss_type w_cnt (word lex_id)…
// p_cnt (symbol offset pos source/target)… [frames] | gloss".
func parseSynset(line, pos string) (*synset, error) {
	if i := strings.Index(line, " | "); i >= 0 {
		line = line[:i]
	}
	f := strings.Fields(line)
	bad := func(what string) error { return fmt.Errorf("synset %s: bad %s", f[0], what) }
	if len(f) < 4 {
		return nil, fmt.Errorf("short data line %q", line)
	}
	s := &synset{pos: pos, offset: f[0]}
	nw, err := strconv.ParseInt(f[3], 16, 0)
	if err != nil || nw < 0 || nw > 0xff || len(f) < 4+2*int(nw)+1 {
		return nil, bad("word count")
	}
	for i := range int(nw) {
		s.members = append(s.members, memberName(f[4+2*i]))
	}
	rest := f[4+2*nw:]
	np, err := strconv.Atoi(rest[0])
	if err != nil || np < 0 || np > len(rest) || len(rest) < 1+4*np {
		return nil, bad("pointer count")
	}
	for i := range np {
		p := rest[1+4*i : 5+4*i]
		st, err := strconv.ParseUint(p[3], 16, 16)
		if err != nil {
			return nil, bad("source/target " + p[3])
		}
		tpos := p[2]
		if tpos == "s" {
			tpos = "a" // satellites live in data.adj
		}
		s.ptrs = append(s.ptrs, pointer{sym: p[0], pos: tpos, offset: p[1], src: int(st >> 8), dst: int(st & 0xff)})
	}
	return s, nil
}

// memberName lower-cases a data-file word and drops an adjective's
// syntactic marker ("long(a)", "galore(ip)").
func memberName(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 && strings.HasSuffix(w, ")") {
		w = w[:i]
	}
	return strings.ToLower(w)
}
