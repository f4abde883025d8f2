package sub

// A is called from fold.
func A() {}
