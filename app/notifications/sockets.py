"""Live unread count for the bell (namespace /notifications, a room per member)."""

from flask_login import current_user
from flask_socketio import Namespace, emit, join_room

from app.core.permissions import can
from app.notifications.services import NAMESPACE, unread_count


class NotificationsNamespace(Namespace):
    def on_connect(self, auth: dict | None = None) -> bool:
        """Join the member's own room and send the current count; refuse anonymous."""
        if not can(current_user, "view_members"):
            return False
        join_room(f"user:{current_user.id}")
        emit("unread", {"count": unread_count(current_user)})
        return True


def register(socketio) -> None:
    socketio.on_namespace(NotificationsNamespace(NAMESPACE))
