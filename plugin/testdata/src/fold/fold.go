package fold

import "fold/sub"

func a(int) {}

func b() int { return 0 }

func f() {
	a(b())  // want `alpha: call of a \(declared here: fold.go:5\) \| beta at 10:4: call of b`
	_ = b() // want `^beta: call of b$`
	a(0)    // want `^alpha: call of a \(declared here: fold.go:5\)$`
	sub.A() // want `^alpha: call of A \(declared here: sub/sub.go:4\)$`
}
