# An uncaught KeyboardInterrupt ends the process by SIGINT (status -2).
def loop():
    for i in range(5):
        print(i)
        if i == 2:
            raise KeyboardInterrupt
loop()
