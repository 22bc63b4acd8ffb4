# exit("text") prints the text on stderr and ends with status 1.
print("checking")
exit("fatal: no input given")
