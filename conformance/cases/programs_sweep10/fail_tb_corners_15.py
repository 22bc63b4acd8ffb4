class MyErr(Exception):
    def __init__(self, code):
        self.code = code
raise MyErr(404)
