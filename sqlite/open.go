package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
)

// ErrDamaged is wrapped by the error of Open and OpenReadOnly for a file
// that SQLite cannot read whole: not a SQLite database, truncated, or
// failing PRAGMA quick_check. The error names the file.
var ErrDamaged = errors.New("damaged store")

// ErrNotStore is wrapped by the error of Open and OpenReadOnly for a
// readable file that is not a claimtrail store: a SQLite database of
// another program, a store of a newer claimtrail, or (for OpenReadOnly)
// a missing or empty file. The error names the file.
var ErrNotStore = errors.New("not a claimtrail store")

// Open opens the store at path for reading and writing: a missing or empty
// (0-byte) file becomes a new store; an existing one is checked (header,
// PRAGMA quick_check, claimtrail's tables and no others) before anything
// writes to it, then given the migrations it lacks. ":memory:" opens a
// private in-memory store. Returns EINVALID for an empty path or a URI
// ("file:…", "…?…").
//
// quick_check reads every page, about 7 ms of CPU a megabyte: 0.13 s on
// the BBC store (2,225 articles, 18 MB), 1.2 s on 170 MB (BBC stored nine
// times over), so about 5 s at 90,000 articles; integrity_check(1) costs
// twice that at 170 MB. A write into a damaged b-tree spreads the damage,
// so the writer pays it, once per process; OpenReadOnly does not.
func Open(ctx context.Context, path string) (*DB, error) {
	return open(ctx, path, false)
}

// OpenReadOnly opens an existing store for reading only: it never creates,
// migrates or writes the file (SQLite may create its -wal and -shm files
// beside it). A missing or empty file, a foreign database or a damaged
// header is refused; damage deeper in the file is reported by the query
// that reads it (see IsDamaged).
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	if path == ":memory:" {
		return nil, claimtrail.Errorf(claimtrail.EINVALID, "sqlite: a new in-memory database holds nothing to read")
	}
	return open(ctx, path, true)
}

func open(ctx context.Context, path string, readOnly bool) (*DB, error) {
	if path == "" {
		return nil, claimtrail.Errorf(claimtrail.EINVALID, "sqlite: empty database path")
	} else if strings.ContainsRune(path, '?') || strings.HasPrefix(path, "file:") {
		// The driver would read what follows as its own parameters.
		return nil, claimtrail.Errorf(claimtrail.EINVALID, "sqlite: database path %q: want a plain file name", path)
	}
	memory := path == ":memory:"
	if !memory {
		if err := checkHeader(path, readOnly); err != nil {
			return nil, err
		}
	}
	name, err := dsn(path, memory, readOnly)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", name)
	if err != nil {
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	if memory {
		// Each connection to ":memory:" is its own database: keep one.
		db.SetMaxOpenConns(1)
	} else {
		db.SetMaxOpenConns(8)
	}
	db.SetMaxIdleConns(8)
	db.SetConnMaxIdleTime(0)

	s := &DB{db: db, path: path, Now: time.Now}
	if err := s.prepare(ctx, memory, readOnly); err != nil {
		db.Close()
		return nil, err
	}
	if !memory && !readOnly {
		s.checkpoint = make(chan struct{}, 1)
		s.done = make(chan struct{})
		s.stopped = make(chan struct{})
		go s.checkpointer()
	}
	return s, nil
}

// prepare checks an opened database and, for writing, puts it in WAL mode
// and migrates it. The checks come first: WAL mode and migrations write.
func (s *DB) prepare(ctx context.Context, memory, readOnly bool) error {
	version, err := s.checkSchema(ctx, readOnly)
	if err != nil {
		return err
	}
	if readOnly {
		if version == 0 {
			return fmt.Errorf("sqlite: %s: %w: it holds no schema yet", s.path, ErrNotStore)
		}
		if version < minReadVersion {
			return fmt.Errorf("sqlite: %s: %w: its schema version %d is older than this claimtrail reads (%d); upgrade it with claimtrail reextract --db %s", s.path, ErrNotStore, version, minReadVersion, s.path)
		}
		return nil
	}
	if !memory {
		// Persistent in the file: every later connection opens in WAL.
		if _, err := s.db.ExecContext(ctx, `PRAGMA journal_mode=WAL`); err != nil {
			return s.pathError(fmt.Errorf("set WAL mode: %w", err))
		}
	}
	return s.pathError(s.migrate(ctx, migrationFS))
}

// dsn returns the driver's name for path. Writers take the write lock
// when they begin (_txlock=immediate) so two writers queue on
// busy_timeout instead of failing to upgrade a read lock; read-only
// transactions still begin deferred (see DB.begin). synchronous=NORMAL is
// durable across a process crash in WAL mode; only a power cut can lose
// the last commits, and never corrupts the file. A page cache of 16 MB a
// connection: with 64 MB, ingest (documents extracted in groups) peaked
// at 470–550 MB, since the C allocator keeps what the cache once held;
// 16 MB costs about 2 s of CPU in a 90,000-article ingest and a few per
// cent in the 1M-statement trace benchmark. Reads go through a memory map
// of the file (mmapBytes), the operating system's page cache, instead of
// a read call and a copy for each page the connection's cache lacks: a
// trace on the 1M-statement store spent about 5 % of its CPU in those
// reads. None of these pragmas writes the file, so Open can check it
// before anything does.
func dsn(path string, memory, readOnly bool) (string, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-16384)")
	q.Add("_pragma", "temp_store(MEMORY)")
	if !memory {
		q.Add("_pragma", fmt.Sprintf("mmap_size(%d)", mmapBytes))
	}
	if !memory && !readOnly {
		// Checkpoints run on a goroutine of their own (see checkpointer),
		// not inside the commit that crosses the threshold.
		q.Add("_pragma", "wal_autocheckpoint(0)")
	}
	q.Set("_txlock", "immediate")
	if !readOnly {
		return path + "?" + q.Encode(), nil
	}
	// mode=ro is SQLite's own parameter, read only from a file: URI: it
	// never creates the file and refuses every write.
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("sqlite: %s: %w", path, err)
	}
	q.Set("mode", "ro")
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: q.Encode()}
	return u.String(), nil
}

// mmapBytes is how much of a store's file its connections map: SQLite's
// largest (SQLITE_MAX_MMAP_SIZE), so that a store of a few million
// statements is mapped whole. The map is address space, not memory: the
// pages it shows are the operating system's cache of the file, which it
// reclaims as it needs, and SQLite still writes through write calls.
const mmapBytes = 0x7fff0000
