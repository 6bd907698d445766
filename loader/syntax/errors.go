package syntax

import (
	"errors"
	"fmt"
)

var (
	// ErrFormat is wrapped by the errors of ReadCoNLLU for input that is not CoNLL-U.
	ErrFormat = errors.New("syntax: malformed CoNLL-U")
	// ErrModel is returned by Load (and Default) for data that is not a model of this
	// package, or a model of another version.
	ErrModel = errors.New("syntax: not a syntax model")
	// ErrTrain is wrapped by the errors of Train for a treebank it cannot train on.
	ErrTrain = errors.New("syntax: cannot train")
)

// ParseError is a CoNLL-U line ReadCoNLLU could not read. It wraps ErrFormat.
type ParseError struct {
	Line int    // 1-based line number in the input
	Msg  string // what is wrong
}

// Error gives the line and the problem.
func (e *ParseError) Error() string {
	return fmt.Sprintf("syntax: CoNLL-U line %d: %s", e.Line, e.Msg)
}

// Unwrap returns ErrFormat.
func (e *ParseError) Unwrap() error { return ErrFormat }
