package main

import (
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/term"
)

// barOf is what a progress bar shows of a run: a status line, the
// articles done (for the rate), and where the run is out of its total
// (bytes read for ingest, articles for reextract), read as it goes.
type barOf struct {
	status    func() string
	done      func() int64
	total, at func() int64
}

// progress starts a progress bar on stderr when it is a terminal (or when
// mode is "always") and returns a logger that prints above it and a stop
// function; without a bar the logger prints plain lines.
func (a *app) progress(mode string, b barOf) (func(string), func()) {
	var mu sync.Mutex
	show := mode == "always"
	if f, ok := a.stderr.(*os.File); ok && mode == "auto" && term.IsTerminal(int(f.Fd())) {
		show = true
	}
	if !show {
		return func(s string) { mu.Lock(); fmt.Fprintln(a.stderr, s); mu.Unlock() }, func() {}
	}
	p := mpb.New(mpb.WithOutput(a.stderr), mpb.WithWidth(40), mpb.WithAutoRefresh())
	start := time.Now()
	bar := p.AddBar(max(b.total(), 1),
		mpb.PrependDecorators(decor.Any(func(decor.Statistics) string {
			el := max(time.Since(start).Seconds(), 0.001)
			return fmt.Sprintf("%s  %.0f art/s", b.status(), float64(b.done())/el)
		})),
		mpb.AppendDecorators(decor.Percentage(decor.WCSyncSpace), decor.Name(" ETA "), decor.AverageETA(decor.ET_STYLE_GO)),
	)
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				total := max(b.total(), 1)
				bar.SetTotal(total, false)
				bar.SetCurrent(min(b.at(), total-1))
			}
		}
	}()
	log := func(s string) { mu.Lock(); fmt.Fprintln(p, s); mu.Unlock() }
	return log, func() {
		close(stop)
		bar.SetTotal(-1, true)
		p.Wait()
	}
}
