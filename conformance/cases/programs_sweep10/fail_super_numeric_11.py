None < 1
