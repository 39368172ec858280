import { parseWithZod } from "@conform-to/zod";
import { data } from "@remix-run/node";
import type { PayCheckResult } from "~/domain/pay-code";
import { PayInputError } from "~/domain/pay-code";
import { internshipFormSchema } from "~/schemas/internship";
import {
  changeInternshipStatus,
  createInternship,
  InternshipNotFoundError,
  previewPayCheck,
  PublishRefusedError,
  updateInternship,
} from "~/services/internships/internships-employer.server";
import { AddressNotFoundError, locateInternshipAddress, type Located } from "~/services/locations/work-location.server";
import { notFound, requireEmployer } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import type { PayCheckView } from "./internship-form";
import { readFormData, readIntent } from "~/utils/form.server";

export function toPayCheckView(result: PayCheckResult | null): PayCheckView {
  return result ? { compliant: result.compliant, message: result.message } : null;
}

const REFUSAL_FIELD: Record<PublishRefusedError["reason"], { field: string; key: string }> = {
  pay_check: { field: "monthlyAllowance", key: "employer:errors.pay_short" },
  no_signature: { field: "", key: "employer:errors.no_signature" },
  invalid_status: { field: "", key: "employer:errors.invalid_status" },
  unknown_qualification: { field: "qualificationId", key: "forms:choose_option" },
};

/**
 * The internship form's action for "new" (no id) and "edit". The check runs in the
 * service on every save that publishes; this only turns its refusal into a message
 * next to the field, with everything typed kept.
 */
export async function handleInternshipForm(request: Request, internshipId: string | null) {
  const { organisationId, user } = await requireEmployer(request, internshipId ? "update:internship:own" : "create:internship:own");
  const formData = await readFormData(request);
  const now = new Date();
  // Unpublishing and closing are buttons on an existing internship's page only; saving
  // and publishing (the default) are checked by the form's schema with the fields.
  const intent = internshipId ? readIntent(formData, ["unpublish", "close"] as const) : null;

  if (internshipId && intent) {
    try {
      await changeInternshipStatus(user.id, organisationId, internshipId, intent === "unpublish" ? "unpublished" : "closed", now);
    } catch (error) {
      if (error instanceof InternshipNotFoundError) notFound();
      if (error instanceof PublishRefusedError)
        return redirectWithFlash(`/werkgever/stages/${internshipId}`, { type: "error", key: "employer:errors.invalid_status" });
      throw error;
    }
    return redirectWithFlash(`/werkgever/stages/${internshipId}`, {
      type: "success",
      key: `employer:flash.${intent === "unpublish" ? "unpublished" : "closed"}`,
    });
  }

  const submission = parseWithZod(formData, { schema: internshipFormSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), payCheck: null as PayCheckView }, { status: 400 });
  }
  const { intent: formIntent, ...fields } = submission.value;
  const publish = formIntent === "publish";
  let check: PayCheckResult | null = null;
  let location: Located;
  try {
    // Looked up before the save: an address the geocoder does not know is a typo to fix now.
    location = await locateInternshipAddress(organisationId, internshipId, fields, now);
    check = await previewPayCheck(organisationId, fields, now);
    if (internshipId) {
      await updateInternship(user.id, organisationId, internshipId, { ...fields, publish, location }, now);
    } else {
      const created = await createInternship(user.id, organisationId, { ...fields, publish, location }, now);
      internshipId = created.id;
    }
  } catch (error) {
    if (error instanceof InternshipNotFoundError) notFound();
    if (error instanceof AddressNotFoundError) {
      return data(
        { result: submission.reply({ fieldErrors: { locationPostcode: ["employer:errors.address_not_found"] } }), payCheck: null as PayCheckView },
        { status: 400 },
      );
    }
    if (error instanceof PayInputError) {
      return data({ result: submission.reply({ fieldErrors: { [error.field]: [error.messageKey] } }), payCheck: null as PayCheckView }, { status: 400 });
    }
    if (error instanceof PublishRefusedError) {
      const refusal = REFUSAL_FIELD[error.reason];
      // A BBL place falls short on its hourly wage, so the message goes next to that field.
      const { field, key } = error.reason === "pay_check" && fields.route === "BBL" ? { field: "hourlyWage", key: "employer:errors.wage_short" } : refusal;
      const reply = field ? submission.reply({ fieldErrors: { [field]: [key] } }) : submission.reply({ formErrors: [key] });
      return data({ result: reply, payCheck: toPayCheckView(error.check ?? check) }, { status: 400 });
    }
    throw error;
  }
  if (location.pending) {
    // Saved; the geocoder was down, so distance search finds it once geocode-missing has run.
    return redirectWithFlash(`/werkgever/stages/${internshipId}`, {
      type: "info",
      key: publish ? "employer:flash.published_location_pending" : "employer:flash.saved_location_pending",
    });
  }
  return redirectWithFlash(`/werkgever/stages/${internshipId}`, {
    type: "success",
    key: publish ? "employer:flash.published" : "employer:flash.saved",
  });
}
