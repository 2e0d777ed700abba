"""Runs Ralph's LRS on a free loopback port for one test (see .ci/ralph serve)."""

import json
import os
import secrets
import shutil
import signal
import socket
import sys
import tempfile
import threading

folder = tempfile.mkdtemp(prefix="frontline-ralph.")
try:
    import bcrypt

    password = secrets.token_hex(12)
    with open(os.path.join(folder, "auth.json"), "w", encoding="utf-8") as auth:
        json.dump(
            [
                {
                    "username": "frontline",
                    "hash": bcrypt.hashpw(password.encode(), bcrypt.gensalt(4)).decode(),
                    "scopes": ["all"],
                    "agent": {"mbox": "mailto:frontline-tests@example.com"},
                }
            ],
            auth,
        )
    # Ralph reads its settings when imported.
    os.environ.update(
        {
            "RALPH_AUTH_FILE": os.path.join(folder, "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": folder,
            "RALPH_APP_DIR": folder,
            "RALPH_SENTRY_DSN": "",
        }
    )
    os.chdir(folder)
    import uvicorn
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend

    # Ralph's file backend writes its file once and refuses every later request ("already exists
    # and overwrite is not allowed"): append instead, as a store does.
    FSLRSBackend.default_operation_type = BaseOperationType.APPEND

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config("ralph.api:app", log_level="warning", lifespan="off", access_log=False)
    )

    def announce():
        while not server.started and not server.should_exit:
            threading.Event().wait(0.05)
        if server.started:
            print(f"http://127.0.0.1:{port}/xAPI frontline:{password}", flush=True)

    def watch_input():
        # The test holds our standard input open for as long as it needs the server.
        sys.stdin.buffer.read()
        server.should_exit = True

    threading.Thread(target=announce, daemon=True).start()
    threading.Thread(target=watch_input, daemon=True).start()
    signal.signal(signal.SIGTERM, lambda *_: setattr(server, "should_exit", True))
    server.run(sockets=[listener])
finally:
    shutil.rmtree(folder, ignore_errors=True)
