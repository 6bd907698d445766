package resolve

// NewLong returns an empty State that resolves every record the long way, recomputing
// its component: the reference the short way is checked against.
func NewLong() *State {
	s := New()
	s.long = true
	return s
}
