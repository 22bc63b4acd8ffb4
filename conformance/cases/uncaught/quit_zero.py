# quit() and exit(0) end the run successfully.
print("done")
quit()
print("not reached")
