# A syntax error is found in the parent, before any child.
print("never"
