# A try statement without except or finally at the end of the file.
total = 0
try:
    total += 1
