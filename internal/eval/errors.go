package eval

import "fmt"

// GoldError reports a malformed line of a gold set file.
type GoldError struct {
	// File is the path of the file (or the name given to the parser).
	File string
	// Line is the line number, from 1.
	Line int
	// Err says what is wrong.
	Err error
}

func (e *GoldError) Error() string {
	return fmt.Sprintf("eval: %s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *GoldError) Unwrap() error { return e.Err }
