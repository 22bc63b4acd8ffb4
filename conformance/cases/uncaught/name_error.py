# Using a name that was never defined.
width = 4
print("width", width)
print("area", width * heightofthebox_zq)
