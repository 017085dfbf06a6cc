package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/pos"
	"github.com/spf13/cobra"
)

// trainConvertCmd rewrites the gzip-compressed models of earlier releases
// (extract/model/attrib.bin.gz and attrib2.bin.gz, pos/model/pos.bin.gz
// and ner.bin.gz) in the in-place format the binary embeds, without
// retraining: the same weights, so the same output.
func (a *app) trainConvertCmd() *cobra.Command {
	var from, to string
	cmd := &cobra.Command{
		Use:   "convert",
		Short: "Rewrite the .bin.gz models of a checkout from before the in-place format as embedded tables",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := convertAttrib(from, to); err != nil {
				return err
			}
			for _, name := range []string{"pos", "ner"} {
				if err := convertPOS(filepath.Join(from, "pos", "model", name+".bin.gz"), filepath.Join(to, "pos", "model", name+".bin")); err != nil {
					return err
				}
			}
			fmt.Fprintln(a.stderr, "converted")
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", ".", "the old checkout's root (with extract/model/*.bin.gz and pos/model/*.bin.gz)")
	cmd.Flags().StringVar(&to, "to", ".", "the root to write extract/model/attrib.bin and pos/model/{pos,ner}.bin under")
	return cmd
}

// convertAttrib converts the attribution tagger's passes: attrib2.bin.gz
// empty or missing means no second pass.
func convertAttrib(from, to string) error {
	dir := filepath.Join(from, "extract", "model")
	first, err := readSeqtag(filepath.Join(dir, "attrib.bin.gz"))
	if err != nil {
		return err
	}
	var second *seqtag.Model
	if b, err := os.ReadFile(filepath.Join(dir, "attrib2.bin.gz")); err == nil && len(b) > 0 {
		if second, err = seqtag.Read(bytes.NewReader(b)); err != nil {
			return fmt.Errorf("attrib2.bin.gz: %w", err)
		}
	}
	return writeTagger(filepath.Join(to, "extract", "model", "attrib.bin"), first, second)
}

func readSeqtag(path string) (*seqtag.Model, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := seqtag.Read(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

func convertPOS(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	t, err := pos.Read(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("%s: %w", from, err)
	}
	var out bytes.Buffer
	if _, err := t.WriteTo(&out); err != nil {
		return err
	}
	return os.WriteFile(to, out.Bytes(), 0o644)
}
