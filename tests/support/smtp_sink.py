#!/usr/bin/python3
"""A real SMTP server for tests (Debian's python3-aiosmtpd): STARTTLS required before AUTH,
one user, every accepted message written to a folder. Prints "ready" when it listens.

    smtp_sink.py PORT CERT KEY USER PASSWORD_FILE OUTDIR
"""
import asyncio
import os
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def main():
    port, cert, key, user, password_file, outdir = sys.argv[1:7]
    with open(password_file, "rb") as f:
        password = f.read().strip()

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    class Handler:
        count = 0

        async def handle_DATA(self, server, session, envelope):
            Handler.count += 1
            path = os.path.join(outdir, "message-%d.eml" % Handler.count)
            with open(path, "wb") as f:
                f.write(("X-Envelope-From: %s\r\n" % envelope.mail_from).encode())
                f.write(("X-Envelope-To: %s\r\n" % ",".join(envelope.rcpt_tos)).encode())
                f.write(("X-Authenticated: %s\r\n" % (session.authenticated or False)).encode())
                f.write(envelope.original_content)
            return "250 Message accepted"

    def authenticator(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.login == user.encode() and auth_data.password == password:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    controller = Controller(Handler(), hostname="127.0.0.1", port=int(port), tls_context=context,
                            require_starttls=True, auth_require_tls=True, authenticator=authenticator,
                            auth_exclude_mechanism=["LOGIN"])
    controller.start()
    print("ready", flush=True)
    try:
        asyncio.get_event_loop().run_until_complete(asyncio.sleep(3600))
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
