class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
raise MyErr(404) from None
