package schema_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/schema"
)

func ExampleEntityIRI() {
	fmt.Println(schema.EntityIRI("Józef Piłsudski"))
	// Output: https://newsgraph.dev/id/jozef-pilsudski
}

func ExampleDocID_SentenceIRI() {
	id := schema.DocID("briefing-7")
	fmt.Println(id.IRI())
	fmt.Println(id.SentenceIRI(3))
	// Output:
	// https://newsgraph.dev/doc/briefing-7
	// https://newsgraph.dev/doc/briefing-7#s3
}

func ExamplePredicate_Allows() {
	fmt.Println(schema.Commands.Allows(schema.Person, schema.Organization))
	fmt.Println(schema.Commands.Allows(schema.Person, schema.Country))
	fmt.Println(schema.Met.Symmetric(), schema.Met.Name())
	// Output:
	// true
	// false
	// true met
}
