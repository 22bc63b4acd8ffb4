quit("quitting")
