int.__add__("a", 1)
