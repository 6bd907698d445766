//go:build linux

package syntax

import (
	"runtime"
	"sync/atomic"
	"syscall"
	"unsafe"
)

// mapped is the bytes weightMem has mapped and not yet released, in whole huge pages.
var mapped atomic.Int64

// hugeMin is the size from which weights are mapped apart from the Go heap.
const hugeMin = 4 << 20

// weightMem returns n zeroed bytes, 64-byte aligned, for the table and rows of
// classifier c. From hugeMin on, they are mapped apart from the Go heap and the kernel
// is asked to back them with transparent huge pages (madvise): a parse reads its
// features' slots and rows at random in some 19 MB, and with 4 KB pages most of those
// reads also miss the TLB (4.5% more tokens per CPU-second, median of 8 paired runs). The
// mapping is released when c is collected; elsewhere, and if mapping fails, they are
// an ordinary slice.
func weightMem(c *classifier, n int) []byte {
	if n < hugeMin {
		return make([]byte, n)
	}
	const huge = 2 << 20
	m, err := syscall.Mmap(-1, 0, n+huge, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]byte, n)
	}
	skip := int(-uintptr(unsafe.Pointer(&m[0])) & (huge - 1))
	b := m[skip : skip+n : skip+n]
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE) // a hint: without it, 4 KB pages
	// What becomes resident: whole huge pages (or less, in 4 KB pages).
	used := int64(n+huge-1) &^ (huge - 1)
	mapped.Add(used)
	runtime.AddCleanup(c, func(m []byte) {
		mapped.Add(-used)
		_ = syscall.Munmap(m)
	}, m)
	return b
}
