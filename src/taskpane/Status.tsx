import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** The outcome of the last action, announced to screen readers. */
export function Status({ message }: { message: { intent: "success" | "error" | "info"; text: string } | null }) {
  if (!message) return null;
  return (
    <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  );
}
