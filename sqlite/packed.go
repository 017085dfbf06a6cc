package sqlite

import (
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Why rows come packed: the driver reads a result column by column, each
// read a call into SQLite under its connection's mutex, and a statement
// row has forty-odd columns. A trace reads 500–700 statement rows, and
// reading them took more CPU than finding them (the 1M-statement trace
// benchmark: 41 µs a row for the columns one by one, 12 µs for the same
// columns as one json_array text). So FindStatements asks SQLite for one
// JSON array of a row's INTEGER, TEXT and NULL values, and packedRows
// gives them to storecodec as the columns they were. A REAL (the rank)
// stays a column of its own: JSON would print it to 15 digits, not
// exactly.

// packedValue is one value of a packed row: NULL, an integer or a text.
type packedValue struct {
	kind byte // 'n' NULL, 'i' integer, 's' text
	i    int64
	s    string
}

// packedRows reads a result set of two columns, a json_array of the
// values and a REAL, as the columns they hold: the REAL is column at of
// the row (storecodec.Rows).
type packedRows struct {
	rows *sql.Rows
	at   int
	raw  sql.RawBytes
	real float64
	vals []packedValue
	err  error
}

func newPackedRows(rows *sql.Rows, at int) *packedRows {
	return &packedRows{rows: rows, at: at}
}

// Next reads and unpacks the next row.
func (p *packedRows) Next() bool {
	if p.err != nil || !p.rows.Next() {
		return false
	}
	if err := p.rows.Scan(&p.raw, &p.real); err != nil {
		p.err = err
		return false
	}
	// One string holds the row: its values are slices of it, so a row
	// costs one allocation, not one a text column.
	p.vals, p.err = unpack(string(p.raw), p.vals[:0])
	return p.err == nil
}

// Scan assigns the row's columns to dest, as database/sql's Scan would
// for the types storecodec scans into.
func (p *packedRows) Scan(dest ...any) error {
	if len(dest) != len(p.vals)+1 {
		return fmt.Errorf("sqlite: packed row of %d columns scanned into %d", len(p.vals)+1, len(dest))
	}
	j := 0
	for i, d := range dest {
		if i == p.at {
			f, ok := d.(*float64)
			if !ok {
				return fmt.Errorf("sqlite: column %d: a real into %T", i, d)
			}
			*f = p.real
			continue
		}
		if err := assign(d, p.vals[j]); err != nil {
			return fmt.Errorf("sqlite: column %d: %w", i, err)
		}
		j++
	}
	return nil
}

// Err returns the error that ended the rows, if any.
func (p *packedRows) Err() error {
	if p.err != nil {
		return p.err
	}
	return p.rows.Err()
}

var errNull = errors.New("NULL into a non-pointer")

// assign stores v in dest: a pointer to a string, integer or bool kind,
// or a pointer to such a pointer (nil for NULL).
func assign(dest any, v packedValue) error {
	switch d := dest.(type) {
	case *string:
		if v.kind != 's' {
			return fmt.Errorf("%c value into a string", v.kind)
		}
		*d = v.s
		return nil
	case *int:
		if v.kind != 'i' {
			return fmt.Errorf("%c value into an int", v.kind)
		}
		*d = int(v.i)
		return nil
	case *int64:
		if v.kind != 'i' {
			return fmt.Errorf("%c value into an int64", v.kind)
		}
		*d = v.i
		return nil
	}
	rv := reflect.ValueOf(dest)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("destination %T is not a pointer", dest)
	}
	return assignValue(rv.Elem(), v)
}

// assignValue stores v in the settable value e.
func assignValue(e reflect.Value, v packedValue) error {
	if e.Kind() == reflect.Pointer {
		if v.kind == 'n' {
			e.SetZero()
			return nil
		}
		n := reflect.New(e.Type().Elem())
		if err := assignValue(n.Elem(), v); err != nil {
			return err
		}
		e.Set(n)
		return nil
	}
	switch {
	case v.kind == 'n':
		return errNull
	case e.Kind() == reflect.String && v.kind == 's':
		e.SetString(v.s)
	case e.CanInt() && v.kind == 'i':
		if e.OverflowInt(v.i) {
			return fmt.Errorf("%d overflows %s", v.i, e.Type())
		}
		e.SetInt(v.i)
	case e.Kind() == reflect.Bool && v.kind == 'i' && (v.i == 0 || v.i == 1):
		e.SetBool(v.i == 1) // as driver.Bool converts SQLite's 0 and 1
	default:
		return fmt.Errorf("%c value into %s", v.kind, e.Type())
	}
	return nil
}

// unpack appends the values of b, a JSON array as SQLite's json_array
// writes it (integers, strings, null), to out.
func unpack(b string, out []packedValue) ([]packedValue, error) {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '[' {
		return nil, errors.New("sqlite: packed row is not a JSON array")
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == ']' {
		return out, nil
	}
	for {
		var v packedValue
		var err error
		if i, err = unpackValue(b, i, &v); err != nil {
			return nil, err
		}
		out = append(out, v)
		i = skipSpace(b, i)
		if i >= len(b) {
			return nil, errors.New("sqlite: packed row ends early")
		}
		if b[i] == ']' {
			if skipSpace(b, i+1) != len(b) {
				return nil, errors.New("sqlite: packed row: text after the array")
			}
			return out, nil
		}
		if b[i] != ',' {
			return nil, fmt.Errorf("sqlite: packed row: %q at %d", b[i], i)
		}
		i = skipSpace(b, i+1)
	}
}

// unpackValue reads the value at b[i:] into v and returns where it ends.
func unpackValue(b string, i int, v *packedValue) (int, error) {
	if i >= len(b) {
		return i, errors.New("sqlite: packed row ends early")
	}
	switch c := b[i]; {
	case c == '"':
		v.kind = 's'
		return unquote(b, i+1, &v.s)
	case c == 'n' && len(b) >= i+4 && b[i:i+4] == "null":
		v.kind = 'n'
		return i + 4, nil
	case c == '-' || '0' <= c && c <= '9':
		j := i + 1
		for j < len(b) && '0' <= b[j] && b[j] <= '9' {
			j++
		}
		n, err := strconv.ParseInt(b[i:j], 10, 64)
		if err != nil {
			return j, fmt.Errorf("sqlite: packed row: %w", err)
		}
		if j < len(b) && (b[j] == '.' || b[j] == 'e' || b[j] == 'E') {
			return j, errors.New("sqlite: packed row holds a real") // see "Why rows come packed"
		}
		v.kind, v.i = 'i', n
		return j, nil
	}
	return i, fmt.Errorf("sqlite: packed row: %q at %d", b[i], i)
}

// unquote reads the JSON string whose text starts at b[i:] into s and
// returns the index past its closing quote.
func unquote(b string, i int, s *string) (int, error) {
	j := i
	for j < len(b) && b[j] != '"' && b[j] != '\\' {
		j++
	}
	if j < len(b) && b[j] == '"' { // no escapes: the common case
		*s = b[i:j]
		return j + 1, nil
	}
	buf := append([]byte(nil), b[i:j]...)
	for j < len(b) {
		switch c := b[j]; c {
		case '"':
			*s = string(buf)
			return j + 1, nil
		case '\\':
			if j+1 >= len(b) {
				return j, errors.New("sqlite: packed row ends in an escape")
			}
			var err error
			if buf, j, err = unescape(b, j+1, buf); err != nil {
				return j, err
			}
		default:
			buf = append(buf, c)
			j++
		}
	}
	return j, errors.New("sqlite: packed row ends in a string")
}

// unescape appends the character of the escape whose letter is b[j] and
// returns the index past it.
func unescape(b string, j int, buf []byte) ([]byte, int, error) {
	switch c := b[j]; c {
	case '"', '\\', '/':
		return append(buf, c), j + 1, nil
	case 'b':
		return append(buf, '\b'), j + 1, nil
	case 'f':
		return append(buf, '\f'), j + 1, nil
	case 'n':
		return append(buf, '\n'), j + 1, nil
	case 'r':
		return append(buf, '\r'), j + 1, nil
	case 't':
		return append(buf, '\t'), j + 1, nil
	case 'u':
	default:
		return buf, j, fmt.Errorf("sqlite: packed row: escape \\%c", c)
	}
	r, j, err := hex4(b, j+1)
	if err != nil {
		return buf, j, err
	}
	if utf16.IsSurrogate(r) && j+1 < len(b) && b[j] == '\\' && b[j+1] == 'u' {
		if r2, k, err := hex4(b, j+2); err == nil {
			if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
				return utf8.AppendRune(buf, d), k, nil
			}
		}
	}
	return utf8.AppendRune(buf, r), j, nil
}

// hex4 reads four hexadecimal digits at b[j:].
func hex4(b string, j int) (rune, int, error) {
	if j+4 > len(b) {
		return 0, j, errors.New("sqlite: packed row: short \\u escape")
	}
	n, err := strconv.ParseUint(b[j:j+4], 16, 32)
	if err != nil {
		return 0, j, fmt.Errorf("sqlite: packed row: %w", err)
	}
	return rune(n), j + 4, nil
}

func skipSpace(b string, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}
