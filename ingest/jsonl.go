package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/claimtrail/claimtrail"
)

// jsonl streams records one line at a time; a bad line is reported with
// its line number and skipped.
func (r *reader) jsonl(ctx context.Context, input string, br *bufio.Reader) error {
	line := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, tooLong, err := readLine(br, r.opt.MaxBytes)
		if len(b) == 0 && err != nil {
			if err != io.EOF {
				r.fail(input, err)
			}
			return nil
		}
		line++
		where := fmt.Sprintf("%s:%d", input, line)
		if tooLong {
			r.fail(where, fmt.Errorf("record %w", errTooLarge(r.opt.MaxBytes)))
		} else if len(bytes.TrimSpace(b)) > 0 {
			var rec Record
			if err := json.Unmarshal(b, &rec); err != nil {
				r.fail(where, fmt.Errorf("bad JSON record: %w", err))
			} else if e := r.record(where, &rec); e != nil {
				return e
			}
		}
		if err != nil {
			if err != io.EOF {
				r.fail(input, err)
			}
			return nil
		}
	}
}

func (r *reader) record(where string, rec *Record) error {
	if rec.Text == "" && rec.HTML != "" {
		pg, err := r.extract(where, []byte(rec.HTML), "text/html; charset=utf-8", rec.URL, r.opt.Now)
		if err != nil {
			r.fail(where, err)
			return nil
		}
		d := pg.document(where)
		if err := overlay(d, rec); err != nil {
			r.fail(where, err)
			return nil
		}
		if d.ID == "" {
			d.ID = d.URL
		}
		if d.ID == "" {
			d.ID = where
		}
		return r.emit(d)
	}
	d := &claimtrail.Document{Origin: where}
	if err := applyRecord(d, rec); err != nil {
		r.fail(where, err)
		return nil
	}
	if d.ID == "" {
		d.ID = where
	}
	return r.emit(d)
}

// readLine reads one line without keeping more than max bytes of it; a
// longer line is consumed and reported as tooLong.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		frag, e := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(frag) > max+1 {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, frag...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return []byte{'x'}, true, e
		}
		return buf, false, e
	}
}
