package nl.klachtroute.notification.message.application;

import java.util.List;

import org.springframework.stereotype.Service;

import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.Messages;

/** Read side of messages: what was sent about a complaint, and how far delivery got. */
@Service
public class MessageQueries {

    private final Messages messages;

    public MessageQueries(Messages messages) {
        this.messages = messages;
    }

    public List<Message> aboutComplaint(String complaintId) {
        return messages.forComplaint(complaintId);
    }
}
