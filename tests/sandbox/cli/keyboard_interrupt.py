# An uncaught KeyboardInterrupt: the traceback, the output before it, and
# death by SIGINT, the same in and out of --isolated.
print("before", end="")
raise KeyboardInterrupt("stop")
