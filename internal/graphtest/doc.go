// Package graphtest holds newsgraph's shared graph test suite: a small hand-drawn
// fixture of three invented news documents, and [Run], which checks every behaviour of a
// graph.Graph against it. The graph package runs the suite on both its memory and its
// bbolt store.
package graphtest
