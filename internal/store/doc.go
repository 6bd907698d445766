// Package store is the small interface between newsgraph's graph package and Cayley: it
// opens a Cayley quad store (in memory, or in one bbolt file stamped as a newsgraph
// store), applies a document's changes as one transaction, reads quads back as
// schema.Quad values, and converts between schema terms and Cayley values. Keeping Cayley
// behind it lets the store move to a maintained fork later.
package store
