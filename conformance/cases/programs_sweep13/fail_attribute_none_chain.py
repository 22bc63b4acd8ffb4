import re

lines = ["id=17 name=ann", "id=23 name=bo", "name=cy"]
for line in lines:
    ident = re.search(r"id=(\d+)", line).group(1)
    print("found id", ident)
