package syntax

// MappedBytes is the memory of models' weights mapped apart from the Go heap, for
// BenchmarkLoad.
func MappedBytes() int64 { return mapped.Load() }
