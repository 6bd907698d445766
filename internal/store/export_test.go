package store

// SetLogKeep makes newsgraph_log keep only keep changes, pruned after every write,
// until the returned function restores the defaults.
func SetLogKeep(keep int64) (restore func()) {
	k, p := logKeep, pruneEvery
	logKeep, pruneEvery = keep, 1
	return func() { logKeep, pruneEvery = k, p }
}
