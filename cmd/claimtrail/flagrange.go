package main

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// span is the values a numeric flag accepts: from min to max, min itself
// excluded when above (a rate or a timeout of 0 means nothing).
type span struct {
	min, max float64
	above    bool
}

var (
	anyNumber   = span{min: math.Inf(-1), max: math.Inf(1)}
	zeroOrMore  = span{min: 0, max: math.Inf(1)}
	oneOrMore   = span{min: 1, max: math.Inf(1)}
	aboveZero   = span{min: 0, max: math.Inf(1), above: true}
	zeroThruOne = span{min: 0, max: 1}
)

// flagSpans gives every numeric flag its range, by name for the flags
// that mean the same in every command, by "COMMAND --name" where one
// command's flag differs. TestFlagSpans_EveryNumericFlag keeps it whole.
var flagSpans = map[string]span{
	"--limit":     zeroOrMore, // 0: the command's default or all
	"--offset":    zeroOrMore,
	"--workers":   zeroOrMore, // 0: one per core
	"--min-match": zeroThruOne,
	"--max-bytes": oneOrMore,
	"--rate":      aboveZero,
	"--timeout":   aboveZero,
	"--seed":      anyNumber,

	"ingest --batch":            oneOrMore,
	"reextract --batch":         oneOrMore,
	"search --speaker-id":       zeroOrMore, // 0: any speaker
	"watch --every":             aboveZero,
	"watch --retries":           zeroOrMore,
	"serve --request-timeout":   aboveZero,
	"serve --upload-timeout":    aboveZero,
	"serve --max-body":          oneOrMore,
	"eval polnear --sample":     zeroOrMore,
	"eval cues --top":           zeroOrMore,
	"eval sample --n":           oneOrMore,
	"eval emergent --folds":     oneOrMore, // 1: the embedded model, in-sample
	"train attrib --epochs":     oneOrMore,
	"train attrib --bags":       oneOrMore,
	"train attrib --prune":      zeroOrMore,
	"train attrib --seeds":      oneOrMore,
	"train attrib --folds":      zeroOrMore, // 0: one pass
	"train attrib --cv":         zeroOrMore, // 0 or 1: train and write the model
	"train attrib --min-count":  oneOrMore,
	"train attrib --o-penalty":  zeroOrMore,
	"train attrib --miss-cost":  zeroOrMore,
	"train filter --iterations": oneOrMore,
	"train filter --l2":         zeroOrMore,
	"train filter --min-count":  oneOrMore,
	"train filter --keep":       zeroOrMore,
	"train filter --drop":       zeroOrMore,
}

// spanOf returns the range of cmd's flag f; ok is false for a flag that
// is not numeric.
func spanOf(cmd *cobra.Command, f *pflag.Flag) (s span, numeric, ok bool) {
	switch f.Value.Type() {
	case "int", "int64", "uint64", "float64", "duration":
	default:
		return span{}, false, true
	}
	path := cmd.CommandPath()
	if root := cmd.Root(); root != cmd {
		path = path[len(root.Name())+1:]
	}
	if s, ok := flagSpans[path+" --"+f.Name]; ok {
		return s, true, true
	}
	s, ok = flagSpans["--"+f.Name]
	return s, true, ok
}

// checkFlagSpans refuses a numeric flag given out of its range, before
// the command does any work.
func checkFlagSpans(cmd *cobra.Command) error {
	var err error
	cmd.Flags().Visit(func(f *pflag.Flag) {
		s, numeric, ok := spanOf(cmd, f)
		if err != nil || !numeric || !ok {
			return
		}
		v, perr := strconv.ParseFloat(f.Value.String(), 64)
		if d, derr := time.ParseDuration(f.Value.String()); f.Value.Type() == "duration" && derr == nil {
			v, perr = d.Seconds(), nil
		}
		if perr != nil || v < s.min || v > s.max || (s.above && v == s.min) {
			err = fmt.Errorf("--%s %s: want %s", f.Name, f.Value, s)
		}
	})
	return err
}

func (s span) String() string {
	switch {
	case s == zeroThruOne:
		return "a number from 0 to 1"
	case s.above && math.IsInf(s.max, 1):
		return fmt.Sprintf("more than %g", s.min)
	case math.IsInf(s.max, 1):
		return fmt.Sprintf("%g or more", s.min)
	}
	return fmt.Sprintf("from %g to %g", s.min, s.max)
}
