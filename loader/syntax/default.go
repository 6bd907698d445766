package syntax

import (
	"bytes"
	_ "embed"
	"sync"
)

// modelData is the trained model: UD English EWT train, with word clusters from the news
// corpora (see loader/data/NOTICE). `go run ./loader/syntax/train` makes it anew.
//
//go:embed en_ewt.model.gz
var modelData []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(modelData))
})

// Default returns the embedded model, trained on UD English EWT (CC BY-SA 4.0). It is
// decoded once per process, on the first call (a few tenths of a second); later calls
// return the same *Model, which is safe for concurrent use.
func Default() (*Model, error) { return defaultModel() }

// LoadEmbedded decodes the embedded model anew, as Default does on its first call. Most
// programs want Default, which decodes it once; LoadEmbedded is for measuring the load.
func LoadEmbedded() (*Model, error) { return Load(bytes.NewReader(modelData)) }
