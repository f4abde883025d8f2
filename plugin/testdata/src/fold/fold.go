package fold

import "fold/sub"

func a() {}

func b() {}

func f() {
	a(); b() // want `alpha: call of a \(declared here: fold.go:5\) \| beta at 10:7: call of b`
	b()      // want `^beta: call of b$`
	a()      // want `^alpha: call of a \(declared here: fold.go:5\)$`
	sub.A()  // want `^alpha: call of A \(declared here: sub/sub.go:4\)$`
}
