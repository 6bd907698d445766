package loader_test

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/loader"
)

// Extract reads the metadata and the sentences of an article, with each sentence's byte
// span in the text as given.
func ExampleLoader_Extract() {
	text := "Harbour Reopens in Velmar\n\nBy Mira Kovac\n\nTuesday, May 7, 2019\n\n" +
		"The harbour of Velmar reopened on Monday. Mayor Ana Lopes thanked the crews.\n\nShare this article\n"
	l := loader.New(nil)
	x, err := l.Extract(context.Background(), loader.Source{ID: "velmar-1", Text: []byte(text)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("headline:", x.Document.Headline)
	fmt.Println("published:", x.Document.Published.Format("2006-01-02"))
	fmt.Println("author:", x.Document.Authors[0].Name)
	for _, s := range x.Sentences {
		fmt.Printf("s%d [%d,+%d] %s\n", s.N, s.Start, s.Length, s.Text)
	}
	// Output:
	// headline: Harbour Reopens in Velmar
	// published: 2019-05-07
	// author: Mira Kovac
	// s1 [0,+25] Harbour Reopens in Velmar
	// s2 [64,+41] The harbour of Velmar reopened on Monday.
	// s3 [106,+34] Mayor Ana Lopes thanked the crews.
}
