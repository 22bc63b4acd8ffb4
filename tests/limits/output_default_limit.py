# Printing forever under the default limits: the 16 MB output budget ends it.
# limit: output
line = "z" * 4096
while True:
    print(line)
