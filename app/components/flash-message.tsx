import { useTranslation } from "react-i18next";
import type { Flash } from "~/utils/flash.server";

const styles = {
  success: "border-green-700 bg-green-50 text-green-900",
  error: "border-red-700 bg-red-50 text-red-900",
  info: "border-brand-700 bg-brand-50 text-brand-900",
};

export function FlashMessage({ flash }: { flash: Flash }) {
  const { t } = useTranslation();
  return (
    <div role={flash.type === "error" ? "alert" : "status"} className={`mb-6 rounded-md border-l-4 p-4 ${styles[flash.type]}`}>
      {t(flash.key, flash.params)}
    </div>
  );
}
