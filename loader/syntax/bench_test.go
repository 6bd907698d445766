package syntax_test

import (
	"fmt"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/syntax"
)

// benchmark runs fn over the sentences of testdata/ewt-dev-300.conllu and reports tokens
// per second.
func benchmark(b *testing.B, fn func(m *syntax.Model, toks []syntax.Token)) {
	benchmarkModel(b, defaultModel(b), fn)
}

// benchmarkModel is benchmark with model m.
func benchmarkModel(b *testing.B, m *syntax.Model, fn func(m *syntax.Model, toks []syntax.Token)) {
	gold := readTestdata(b, "ewt-dev-300.conllu")
	sents := goldForms(gold)
	n := 0
	for _, s := range sents {
		n += len(s.Tokens)
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range sents {
			fn(m, s.Tokens)
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "tokens/CPU-s")
}

// cpuTime is the CPU time (user and system) the process has used: on a shared machine
// it says more than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkParse tags and parses EWT dev sentences (their own tokens) on one goroutine.
func BenchmarkParse(b *testing.B) {
	benchmark(b, func(m *syntax.Model, toks []syntax.Token) { m.Parse(toks) })
}

// BenchmarkTag tags them only.
func BenchmarkTag(b *testing.B) {
	benchmark(b, func(m *syntax.Model, toks []syntax.Token) { m.Tag(toks) })
}

// BenchmarkTokenize cuts the text of the sentences into tokens.
func BenchmarkTokenize(b *testing.B) {
	gold := readTestdata(b, "ewt-dev-300.conllu")
	bytes := 0
	for _, s := range gold {
		bytes += len(s.Text)
	}
	b.SetBytes(int64(bytes))
	for b.Loop() {
		for _, s := range gold {
			syntax.Tokenize(s.Text)
		}
	}
}

// BenchmarkLoad decodes the embedded model (what Default does once per process) and
// reports the heap the decoded model holds.
func BenchmarkLoad(b *testing.B) {
	var keep *syntax.Model
	for b.Loop() {
		m, err := syntax.LoadEmbedded()
		if err != nil {
			b.Fatal(err)
		}
		keep = m
	}
	b.StopTimer()
	var before, after runtime.MemStats
	keep = nil
	runtime.GC()
	runtime.GC() // and the cleanups of the models' mapped weights
	runtime.ReadMemStats(&before)
	m0 := syntax.MappedBytes()
	keep, _ = syntax.LoadEmbedded()
	runtime.GC()
	runtime.ReadMemStats(&after)
	// On Linux the weights are mapped apart from the heap (see weightMem): they count too.
	held := int64(after.HeapAlloc) - int64(before.HeapAlloc) + syntax.MappedBytes() - m0
	b.ReportMetric(float64(held)/(1<<20), "MB-held")
	runtime.KeepAlive(keep)
}

// BenchmarkParseBeam is BenchmarkParse with beams of several widths.
func BenchmarkParseBeam(b *testing.B) {
	m := defaultModel(b)
	for _, k := range []int{1, 2, 3, 4, 8} {
		mk, err := m.WithBeam(k)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("k=%d", k), func(b *testing.B) {
			benchmarkModel(b, mk, func(m *syntax.Model, toks []syntax.Token) { m.Parse(toks) })
		})
	}
}
