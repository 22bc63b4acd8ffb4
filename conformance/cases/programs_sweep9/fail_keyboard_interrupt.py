def loop():
    for i in range(3):
        print("tick", i)
        if i == 1:
            raise KeyboardInterrupt
loop()
