class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
raise MyErr(42, "bad thing")
