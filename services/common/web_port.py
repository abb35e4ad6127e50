"""Choose a worker's web port before its slow start-up: the configured one, else the next free one."""

from __future__ import annotations

import logging
import socket

log = logging.getLogger(__name__)
PORT_TRIES = 20  # a host runs a handful of workers; twenty ports up is far beyond that


class WebPortError(RuntimeError):
    """No free web port from the configured one up."""


def reserve_web_port(host: str, preferred: int, tries: int = PORT_TRIES) -> tuple[int, socket.socket]:
    """Bind the first free port from `preferred` up and keep it bound; close the socket just before serving.

    Holding the port through the model load keeps a second worker started at the same moment from
    choosing it too.
    """
    for port in range(preferred, preferred + tries):
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.bind((host, port))
        except OSError:
            sock.close()
            continue
        if port != preferred:
            log.warning("web port %s on %s is taken (another worker on this host?): serving on port %s instead",
                        preferred, host, port)
        return port, sock
    raise WebPortError(f"no free web port on {host} from {preferred} to {preferred + tries - 1}")
