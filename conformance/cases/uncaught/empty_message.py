# An exception whose message is the empty string prints just the type name.
print("step 1")
raise ValueError("")
