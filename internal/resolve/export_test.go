package resolve

// NewLong returns an empty State that resolves every record the long way, recomputing
// its component: the reference the short way is checked against.
func NewLong() *State {
	s := New()
	s.long = true
	return s
}

// SetStatsFrom sets the size from which a cluster keeps scores per name, and returns
// how to restore it.
func SetStatsFrom(n int) func() {
	old := statsFrom
	statsFrom = n
	return func() { statsFrom = old }
}
