pow()
