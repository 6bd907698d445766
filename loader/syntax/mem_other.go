//go:build !linux

package syntax

import "sync/atomic"

// mapped is the bytes weightMem has mapped apart from the heap: none here.
var mapped atomic.Int64

// weightMem returns n zeroed bytes for the table and rows of classifier c.
func weightMem(c *classifier, n int) []byte { return make([]byte, n) }
