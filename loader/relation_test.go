package loader

import "testing"

// TestRelationConstructions checks general English constructions on invented sentences.
func TestRelationConstructions(t *testing.T) {
	cases := []struct {
		sents []string
		want  []string
		not   []string
	}{
		{
			sents: []string{"Foreign minister Ana Ruiz and her Chilean and Bolivian counterparts, Pablo Soto and Luis Arce, respectively, gathered in Quito on Monday."},
			want:  []string{"Ana Ruiz met Pablo Soto", "Luis Arce met Pablo Soto", "Ana Ruiz met Luis Arce", "Ana Ruiz visited Quito", "Luis Arce visited Quito"},
		},
		{
			sents: []string{"Karim Haddad met with President Tomas Vidal in Paris."},
			want:  []string{"Karim Haddad met Tomas Vidal", "Karim Haddad visited Paris", "Tomas Vidal visited Paris"},
		},
		{
			sents: []string{"Karim Haddad and Tomas Vidal did not meet in Paris."},
			not:   []string{"Karim Haddad met Tomas Vidal", "Karim Haddad visited Paris"},
		},
		{
			sents: []string{"Would Karim Haddad and Tomas Vidal gather in Paris?"},
			not:   []string{"Karim Haddad met Tomas Vidal", "Karim Haddad visited Paris"},
		},
		{
			sents: []string{"Spanish warships fired missiles that flew over France and Italy and struck Toulon."},
			not:   []string{"Italy attacked Toulon", "France attacked Toulon"},
		},
		{
			sents: []string{"The United States carried out the airstrike at Lima, officials said."},
			want:  []string{"United States attacked Lima"},
		},
		{
			sents: []string{"Fighting spread to Pisa, a city in northern Italy.", "Lyon, France's third-largest city, was quiet."},
			want:  []string{"Pisa locatedIn Italy", "Lyon locatedIn France"},
		},
		{
			sents: []string{"German air strikes supported ground operations by Polish, Czech and Lebanese Hezbollah forces."},
			want:  []string{"Germany supports Poland", "Germany supports Hezbollah"},
			not:   []string{"Germany supports Lebanon"},
		},
		{
			// A plain future states no support yet.
			sents: []string{"German air strikes will support ground operations by Polish, Czech and Lebanese Hezbollah forces."},
			not:   []string{"Germany supports Poland", "Germany supports Hezbollah"},
		},
		{
			sents: []string{"France provided intelligence to Italy.", "Spain had supplied weapons to Portugal."},
			want:  []string{"France supports Italy", "Spain supports Portugal"},
		},
		{
			sents: []string{"He fought in the eight-year Peru–Chile War as a young man."},
			want:  []string{"Peru fights Chile", "Chile fights Peru"},
		},
		{
			sents: []string{"The Peru-Chile war did not happen."},
			not:   []string{"Peru fights Chile"},
		},
	}
	for _, c := range cases {
		_, got := analyzeT(t, newSemantics(nil), testDoc("rel", c.sents...))
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: missing %q; got %v", c.sents, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%q: unexpected %q", c.sents, w)
			}
		}
	}
}
