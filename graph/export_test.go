package graph

// SetMaxBatch sets the most quads AddDocuments writes in one transaction, and returns a
// function that restores it.
func SetMaxBatch(n int) func() {
	old := maxBatch
	maxBatch = n
	return func() { maxBatch = old }
}
