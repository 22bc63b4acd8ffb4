"x".ljust(3, "")
